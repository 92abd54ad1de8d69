import { App, Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RevisitSubjectKind } from '../../../../shared/domain/revisits/revisit';
import { call, errorMessage } from '../../api/client';

/** 回访 from a finished record's page: opens (or plans, the first time) its revisit on the revisit ledger's page. */
export function StartRevisitButton({ subjectKind, subjectId }: { subjectKind: RevisitSubjectKind; subjectId: number }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const detail = await call('revisits.start', { subjectKind, subjectId });
      navigate(`/revisits/${detail.revisit.id}`);
    } catch (error) {
      void message.error(errorMessage(error));
      setBusy(false);
    }
  };
  return (
    <Button type="primary" loading={busy} onClick={() => void start()} data-testid="start-revisit">
      回访
    </Button>
  );
}
