import Database from 'better-sqlite3';
const db = new Database(process.argv[2] + '/palpate.db', { readonly: true });
const ids = JSON.stringify((db.prepare('select id from clients limit 60').pluck().all()));
for (const sql of [
  `select id from intakes where client_id IN (SELECT value FROM json_each(?))`,
  `select id from referrals where client_id IN (SELECT value FROM json_each(?))`,
  `select r.id, (select count(*) from sessions s where s.client_id = r.client_id and s.status = 'signed' and s.session_date >= r.start_date and s.session_date <= r.end_date) from referrals r where r.id IN (SELECT value FROM json_each(?))`,
]) { console.log(sql.slice(0, 80)); console.log('   ', (db.prepare('EXPLAIN QUERY PLAN ' + sql).all(ids) as any[]).map(r => r.detail).join(' | ')); const t = performance.now(); for (let i = 0; i < 100; i++) db.prepare(sql).all(ids); console.log('   ', ((performance.now() - t) / 100).toFixed(3), 'ms'); }
