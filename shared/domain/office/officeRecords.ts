import type { StaffRole } from './office';

export interface Office {
  name: string;
  companyName: string;
  code: string;
}

export interface Department {
  id: number;
  name: string;
  active: boolean;
  sortOrder: number;
}

export interface Staff {
  id: number;
  name: string;
  departmentId: number;
  departmentName: string;
  role: StaffRole;
  phone: string | null;
  active: boolean;
  /** Whether the member can sign in. */
  hasPassword: boolean;
}

export interface Owner {
  id: number;
  name: string;
  phone: string | null;
}

export interface Room {
  id: number;
  building: string;
  unit: string;
  roomNo: string;
  label: string;
  note: string | null;
  owners: Owner[];
}
