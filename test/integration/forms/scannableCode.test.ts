import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { scanFirstPage } from '../../helpers/pdf';

describe('the code printed on a form', () => {
  let office: TestOffice;

  beforeEach(async () => {
    office = await openTestOffice();
  });
  afterEach(async () => {
    await office.close();
  });

  it('scans back as the office, the kind of paper, the record number and the revision, so a signed scan finds its record', async () => {
    const complaint = await office.app.call('complaints.create', complaintIntake(office));
    const printed = await office.app.call('complaints.print', { id: complaint.id });
    const scanned = scanFirstPage(join(office.dataDir, 'prints', printed.fileName), office.dataDir);
    expect(scanned).toEqual([`TAIZHANG:JX01:complaint:${complaint.number}:R0`]);
  });
});
