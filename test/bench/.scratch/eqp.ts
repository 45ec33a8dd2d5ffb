import Database from 'better-sqlite3';
const db = new Database(process.argv[2] + '/palpate.db');
const q = (sql: string, params: unknown[]) => console.log(sql.slice(0, 90), '\n   ', (db.prepare('EXPLAIN QUERY PLAN ' + sql).all(...params) as any[]).map(r => r.detail).join(' | '));
const slot = `select * from "appointments" where "status" in (?, ?, ?, ?) and "starts_at" < ? and "ends_at" > ? and ("practitioner_id" = ? or "room_id" = ?)`;
const p = ['booked','confirmed','arrived','completed','2026-05-01T15:00:00Z','2026-05-01T14:00:00Z','X','Y'];
q(slot, p);
q(`select * from invoices where client_id = ? and status = ? order by issue_date`, ['x', 'issued']);
q(`select * from referrals where client_id = ? and start_date <= ? and end_date >= ? order by end_date limit 1`, ['x', '2026-01-01', '2026-01-01']);
q(`select * from intakes where client_id = ? order by signed_at is not null desc, created_at desc, id desc limit 1`, ['x']);
if (process.argv[3] === 'idx') {
  db.exec(`CREATE INDEX IF NOT EXISTS t1 ON appointments (practitioner_id, ends_at); CREATE INDEX IF NOT EXISTS t2 ON appointments (room_id, ends_at); CREATE INDEX IF NOT EXISTS t3 ON invoices (client_id, status, issue_date);`);
  q(slot, p);
  q(`select * from invoices where client_id = ? and status = ? order by issue_date`, ['x', 'issued']);
  db.exec('DROP INDEX t1; DROP INDEX t2; DROP INDEX t3');
}
