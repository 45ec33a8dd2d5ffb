// Note templates per practitioner ("60-min neck and shoulder follow-up").
import type { NoteTemplate, TemplateInput, TemplateUpdateInput } from '../../shared/schemas/session';
import { requirePractitioner } from './clinic';
import { nowIso, type CoreContext } from './context';
import { notFound } from './errors';
import type { NoteTemplatesTable } from './schema';
import { all, first, run } from './sql';

type Content = Omit<TemplateInput, 'practitionerId' | 'name'>;

function toTemplate(row: NoteTemplatesTable): NoteTemplate {
  const content = JSON.parse(row.content) as Content;
  return { id: row.id, practitionerId: row.practitioner_id, name: row.name, ...content, createdAt: row.created_at, updatedAt: row.updated_at };
}

function contentOf(input: TemplateInput): string {
  const { practitionerId: _p, name: _n, ...content } = input;
  return JSON.stringify(content);
}

export function getTemplate(ctx: CoreContext, id: string): NoteTemplate {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('note_templates').selectAll().where('id', '=', id));
  if (!row) throw notFound('That template');
  return toTemplate(row);
}

export function listTemplates(ctx: CoreContext, practitionerId: string): NoteTemplate[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('note_templates').selectAll().where('practitioner_id', '=', practitionerId).orderBy('name')).map(toTemplate);
}

export function createTemplate(ctx: CoreContext, input: TemplateInput): NoteTemplate {
  requirePractitioner(ctx, input.practitionerId);
  const now = nowIso(ctx);
  const id = ctx.newId();
  run(ctx.sqlite, ctx.qb.insertInto('note_templates').values({ id, practitioner_id: input.practitionerId, name: input.name, content: contentOf(input), created_at: now, updated_at: now }));
  return getTemplate(ctx, id);
}

export function updateTemplate(ctx: CoreContext, input: TemplateUpdateInput): NoteTemplate {
  requirePractitioner(ctx, input.practitionerId);
  const { id, ...rest } = input;
  const changed = run(
    ctx.sqlite,
    ctx.qb.updateTable('note_templates').set({ practitioner_id: rest.practitionerId, name: rest.name, content: contentOf(rest), updated_at: nowIso(ctx) }).where('id', '=', id),
  );
  if (changed === 0) throw notFound('That template');
  return getTemplate(ctx, id);
}
