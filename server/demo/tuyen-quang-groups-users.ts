import type { GroupRule } from '../db/schema/organisations.js';

/** The demo province's groups of agencies as plans print them, and its demo accounts. */
export type DemoGroup = { name: string; rule: GroupRule | null; aliases?: string[]; includes?: string[] };

/** Group phrases as plans print them, each a dated membership rule. */
export const DEMO_GROUPS: DemoGroup[] = [
  {
    name: 'Các sở, ban, ngành',
    rule: { kinds: ['department'] },
    aliases: ['các sở, ban, ngành tỉnh', 'sở, ban, ngành'],
  },
  {
    name: 'Các sở, ban, ngành, đoàn thể tỉnh',
    rule: { kinds: ['department', 'mass-organisation'] },
    aliases: ['các sở, ban, ngành, đoàn thể'],
  },
  {
    name: 'Ủy ban nhân dân các huyện, thành phố',
    rule: { kinds: ['district-committee'] },
    aliases: ['Ủy ban nhân dân huyện, thành phố', 'UBND huyện, thành phố', 'UBND các huyện, thành phố'],
  },
  {
    name: 'Ủy ban nhân dân các xã, phường',
    rule: { kinds: ['commune-committee'] },
    aliases: ['UBND các xã, phường', 'Ủy ban nhân dân xã, phường'],
  },
  {
    name: 'Các cơ quan báo chí',
    rule: { kinds: ['press-agency'] },
    aliases: ['các cơ quan báo chí tỉnh', 'cơ quan báo chí'],
  },
  {
    name: 'Đơn vị lực lượng vũ trang',
    rule: { kinds: ['armed-forces'] },
    aliases: ['các đơn vị lực lượng vũ trang', 'lực lượng vũ trang'],
  },
  {
    name: 'Các tổ chức chính trị - xã hội',
    rule: { kinds: ['mass-organisation'] },
    aliases: ['các tổ chức chính trị - xã hội tỉnh', 'các tổ chức CT - XH tỉnh'],
  },
  {
    name: 'Các cơ quan, đơn vị, địa phương',
    rule: {
      kinds: [
        'department',
        'party-body',
        'mass-organisation',
        'district-committee',
        'commune-committee',
        'press-agency',
        'armed-forces',
      ],
    },
    aliases: ['các cơ quan, đơn vị', 'các cơ quan, đơn vị, địa phương có liên quan'],
  },
  {
    name: 'Các cơ quan có liên quan',
    rule: null,
    aliases: ['các cơ quan liên quan', 'các đơn vị có liên quan', 'cơ quan có liên quan'],
  },
];

export type DemoUser = {
  username: string;
  displayName: string;
  role: 'admin' | 'coordinator' | 'agency-officer' | 'agency-leader' | 'viewer';
  agency?: string;
};

/** Demo accounts, all with password "demo" — created only in a database that holds the demo. */
export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin' },
  { username: 'dieuphoi', displayName: 'Nguyễn Thu Hà (Sở VHTTDL)', role: 'coordinator', agency: 'so-vhttdl' },
  { username: 'lanhdao', displayName: 'Lãnh đạo UBND tỉnh', role: 'viewer', agency: 'ubnd-tq' },
  {
    username: 'baotuyenquang',
    displayName: 'Trần Minh Đức (Báo Tuyên Quang)',
    role: 'agency-officer',
    agency: 'bao-tq',
  },
  { username: 'songoaivu', displayName: 'Lê Thị Lan (Sở Ngoại vụ)', role: 'agency-officer', agency: 'so-ngoai-vu' },
];
