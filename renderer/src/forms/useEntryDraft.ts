import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router-dom';
import { draftForms, type Draft, type DraftForm } from '../../../shared/domain/drafts/draft';
import { call } from '../api/client';
import { markClean, markDirty } from './dirtyForms';
import { fromDraftValues, toDraftValues } from './draftValues';

/** A pause in typing this long writes the draft; the screen lock and leaving write it at once. */
const pauseMs = 400;

/** The write a form left on its way out: the form opened again asks for its draft only after it has landed. */
const lastWrites = new Map<DraftForm, Promise<unknown>>();

/**
 * An entry form's draft, kept by the main process for the signed-in person: written while the clerk types, offered
 * back when the form opens again (after a click elsewhere, the lock or a restart), thrown away once the record is
 * saved or the form cleared. Leaving the page with changes not saved asks first (`leave`).
 */
export function useEntryDraft(name: DraftForm, form: FormInstance) {
  const [offer, setOffer] = useState<Draft | null>(null);
  const dirty = useRef(false);
  const mounted = useRef(true);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef<Record<string, unknown> | null>(null);

  const write = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (!dirty.current) return;
    if (mounted.current) latest.current = toDraftValues(form.getFieldsValue(true) as Record<string, unknown>);
    if (!latest.current) return;
    const written = call('drafts.save', { form: name, values: latest.current }, { quiet: true });
    lastWrites.set(name, written.catch(() => undefined));
    await written;
  }, [form, name]);

  const setDirty = useCallback(
    (value: boolean) => {
      dirty.current = value;
      if (value) markDirty(name, { label: draftForms[name], flush: write });
      else markClean(name);
    },
    [name, write],
  );

  useEffect(() => {
    mounted.current = true;
    let live = true;
    (lastWrites.get(name) ?? Promise.resolve())
      .then(() => call('drafts.get', { form: name }))
      .then((draft) => {
        if (live && draft && !dirty.current) setOffer(draft);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      mounted.current = false;
      // Leaving (or the lock unmounting the page): what was typed since the last pause is kept too.
      void write().catch(() => undefined);
      markClean(name);
    };
  }, [name, write]);

  const blocker = useBlocker(useCallback<BlockerFunction>(({ currentLocation, nextLocation }) => dirty.current && currentLocation.pathname !== nextLocation.pathname, []));

  return {
    offer,
    /** antd's onValuesChange: the clerk typed or picked something. */
    changed: () => {
      setOffer(null);
      setDirty(true);
      // Kept at once: a click elsewhere within the pause unmounts the form before the timer writes it.
      latest.current = toDraftValues(form.getFieldsValue(true) as Record<string, unknown>);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void write().catch(() => undefined), pauseMs);
    },
    restore: () => {
      if (!offer) return;
      form.setFieldsValue(fromDraftValues(offer.values));
      setOffer(null);
      setDirty(true);
    },
    /** The record was saved, or the clerk cleared the form or threw the offered draft away. */
    discard: async () => {
      window.clearTimeout(timer.current);
      setOffer(null);
      setDirty(false);
      latest.current = null;
      await call('drafts.discard', { form: name }, { quiet: true }).catch(() => undefined);
    },
    leave: { blocker, label: draftForms[name] },
  };
}
