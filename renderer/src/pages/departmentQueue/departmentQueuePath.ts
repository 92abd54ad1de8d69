/** Where a department's worker (部门员工) works: their department's queue, and the only page they get. */
export const departmentQueuePath = '/queue';
