import { checkIdNumber, idCheckCharacter } from '../../../shared/domain/idNumber';
import { lossOutcomes, lossPeriodEndsOn, refundKinds, type LostDocumentType, type PaymentPurpose } from '../../../shared/domain/lossDeclarations/lossDeclaration';
import { formatYuan } from '../../../shared/domain/money';
import { localTime, type GeneratedOffice } from '../office';
import type { LedgerGenerator } from '../registry';
import { lossDeclarationNumbering } from '../../../shared/domain/lossDeclarations/lossDeclaration';
import { addDays } from '../../../shared/domain/officeDate';

const day = 86_400_000;
const regions = ['110105', '310104', '320102', '330106', '370202', '420106', '440106', '440305', '510107', '610113'];

/** A valid GB 11643 number: region, birth date 1950–2002, sequence and the check character the checker expects. */
function idNumber(office: GeneratedOffice): string {
  const { random } = office;
  const birth = new Date(Date.UTC(1950, 0, 1) + random.int(0, 52 * 365) * day).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `${random.pick(regions)}${birth}${String(random.int(1, 999)).padStart(3, '0')}`;
  const number = first17 + idCheckCharacter(first17);
  if (!checkIdNumber(number).ok) throw new Error(`generated an invalid ID number ${number}`);
  return number;
}

/**
 * 收据、发票遗失声明: ID and scans at the desk, the 15-day period, the stub found by finance for most, and after day
 * 16 exactly one outcome the rules allow (a refund only to the customer in person with the stub; b) for a
 * receipt; c) for an invoice with its stub); the last fortnight's still reported.
 */
export const lossDeclarationGenerator: LedgerGenerator = {
  name: 'lossDeclarations',
  share: 2,
  generate(office, records) {
    const { raw, random } = office;
    const insert = raw.prepare(`INSERT INTO loss_declarations (number, declared_at, status, customer_name, id_number, phone, room_id, room_label, document_type, document_number,
      amount_fen, issue_date, purpose, purpose_other, consultant_staff_id, by_agent, agent_name, agent_id_number, period_ends_on, stub_found_at, stub_found_by, stub_note,
      outcome, refund_kind, present_person, outcome_at, outcome_by, outcome_note, voided_at, voided_by, void_reason, created_by, created_at, updated_at)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    const link = raw.prepare("INSERT INTO record_attachments (entity, entity_id, attachment_id, kind, file_name, revision, created_by, created_at) VALUES ('lossDeclaration', ?, ?, ?, ?, NULL, ?, ?)");
    const sha = raw.prepare('SELECT sha256 FROM attachments WHERE id = ?').pluck();
    const counts = { loss_declarations: 0, record_attachments: 0 };
    raw.transaction(() => {
      for (let i = 0; i < records; i++) {
        const at = Math.min(office.timeAt((i + random.next()) / records), office.now - 3_600_000);
        const declaredAt = localTime(at);
        const today = declaredAt.slice(0, 10);
        const periodEnds = lossPeriodEndsOn(today);
        const officeToday = localTime(office.now).slice(0, 10);
        const clerk = random.pick(office.clerks);
        const supervisor = random.pick(office.supervisors);
        const room = office.busyRoom();
        const customer = random.chance(0.8) ? room.ownerName : office.personName();
        const documentType: LostDocumentType = random.chance(0.7) ? 'receipt' : 'invoice';
        const purpose = random.weighted<PaymentPurpose>({ propertyFee: 45, deposit: 20, housePayment: 15, collectedFees: 15, other: 5 });
        const amountFen = purpose === 'housePayment' ? random.int(50, 500) * 100_000 : purpose === 'deposit' ? random.int(1, 10) * 500_000 : random.int(200, 20_000) * 100;
        const documentNumber = documentType === 'receipt' ? `NO.${String(random.int(1, 9_999_999)).padStart(7, '0')}` : String(random.int(10_000_000, 99_999_999));
        const byAgent = random.chance(0.15);
        const agentName = byAgent ? office.personName() : null;
        const number = office.numbers.next(lossDeclarationNumbering, declaredAt);
        const afterPeriod = (days: number) => localTime(Math.min(Date.parse(`${addDays(periodEnds, days)}T09:30:00Z`) + random.int(0, 420) * 60_000, office.now - 60_000));
        const over = officeToday > periodEnds;
        const voided = random.chance(0.03);
        const stubFound = !voided && random.chance(0.75);
        const stubAt = stubFound ? localTime(Math.min(at + random.int(1, 12) * day, office.now - 60_000)) : null;
        // Most come back within a few days of the period's end; some never do and stay reported.
        const decided = !voided && over && random.chance(0.9) && (documentType === 'receipt' || stubFound);
        const presentPerson = byAgent && random.chance(0.4) ? 'agent' : 'customer';
        const outcome = !decided ? null : presentPerson === 'customer' && stubFound && purpose !== 'propertyFee' && random.chance(0.6) ? 'refund' : documentType === 'receipt' ? 'receiptCopy' : 'invoiceCopy';
        const refundKind: keyof typeof refundKinds | null = outcome === 'refund' ? (purpose === 'housePayment' ? 'houseMoney' : purpose === 'deposit' ? 'deposit' : 'collectedFees') : null;
        const outcomeAt = decided ? afterPeriod(random.int(1, 10)) : null;
        const voidedAt = voided ? localTime(Math.min(at + random.int(1, 5) * day, office.now - 60_000)) : null;
        const status = voided ? 'voided' : decided ? 'closed' : 'reported';
        const id = Number(
          insert.run(
            number, declaredAt, status, customer, idNumber(office), room.ownerPhone, room.id, room.label, documentType, documentNumber,
            amountFen, addDays(today, -random.int(3, 400)), purpose, purpose === 'other' ? '停车费' : null, random.pick(office.departments[0]!.staff), byAgent ? 1 : 0,
            agentName, byAgent ? idNumber(office) : null, periodEnds, stubAt, stubFound ? supervisor : null, stubFound ? '财务已找到记账联' : null,
            outcome, refundKind, decided ? presentPerson : null, outcomeAt, decided ? clerk : null, null, voidedAt, voided ? supervisor : null, voided ? '客户已找回原件' : null,
            clerk, declaredAt, outcomeAt ?? voidedAt ?? stubAt ?? declaredAt,
          ).lastInsertRowid,
        );
        counts.loss_declarations++;
        const history = office.history;
        history.append('lossDeclaration', id, declaredAt, clerk, '挂失登记',
          `登记${documentType === 'receipt' ? '收据' : '发票'}遗失 ${documentNumber},金额 ${formatYuan(amountFen)}${byAgent ? `,代理人 ${agentName}` : ''},挂失期至 ${periodEnds}`);
        const attach = (kind: string, attachmentId: number, fileName: string, by: number, when: string) => {
          link.run(id, attachmentId, kind, fileName, by, when);
          counts.record_attachments++;
          history.append('lossDeclaration', id, when, by, '上传附件', `上传${kind === 'stub' ? '记账联复印件' : kind === 'agentIdCard' ? '代理人身份证' : '客户身份证'} ${fileName}(${(sha.get(attachmentId) as string).slice(0, 12)})`);
        };
        attach('idCard', office.scan('jpeg'), `${number}-身份证.jpg`, clerk, declaredAt);
        if (byAgent) attach('agentIdCard', office.scan('jpeg'), `${number}-代理人身份证.jpg`, clerk, declaredAt);
        if (stubAt) {
          attach('stub', office.scan('pdf'), `${number}-记账联.pdf`, supervisor, stubAt);
          history.append('lossDeclaration', id, stubAt, supervisor, '找到记账联', `找到记账联,附复印件 ${number}-记账联.pdf`, JSON.stringify({ stubFoundAt: [null, stubAt] }));
        }
        if (voidedAt) history.append('lossDeclaration', id, voidedAt, supervisor, '作废', '作废:客户已找回原件', JSON.stringify({ status: ['reported', 'voided'] }));
        if (outcomeAt) {
          history.append('lossDeclaration', id, outcomeAt, clerk, '办结', `${outcome === 'refund' ? `${lossOutcomes.refund}(${refundKinds[refundKind!]})` : lossOutcomes[outcome!]},${presentPerson === 'agent' ? `代理人 ${agentName}` : '客户本人'}办理`, JSON.stringify({ status: ['reported', 'closed'], outcome: [null, outcome] }));
        }
      }
    })();
    return counts;
  },
};
