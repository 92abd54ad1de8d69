import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

/**
 * Ed25519 signatures of archives (node:crypto). Keys travel as base64 DER (public: SPKI, private: PKCS#8); a key's
 * fingerprint is what two people read to each other over the phone before head office trusts it.
 */
export interface KeyPair {
  publicKey: string;
  privateKey: string;
}

export function newKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
}

/** 16 bytes of the key's SHA-256 in groups of four hex digits: 3F2A-91C0-…, eight groups. */
export function keyFingerprint(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

export function signBytes(privateKey: string, content: Buffer): string {
  const key = createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return sign(null, content, key).toString('base64');
}

/** Whether `signature` is the key's Ed25519 signature of `content`; a malformed key or signature is simply false. */
export function signatureHolds(publicKey: string, content: Buffer, signature: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' && verify(null, content, key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
