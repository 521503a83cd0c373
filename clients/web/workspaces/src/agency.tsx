/**
 * The agency workspace (/workspace/agency): an agency's data officer sees their measures with the latest published
 * figure and the drafts, uploads a CSV (drag and drop or a file input), sees every error against the file's rows
 * and cells (nothing is written when any row fails), previews what publishing would change (new, corrected with
 * old and new value, unchanged, and what disclosure control will show others), publishes the measures chosen,
 * reads each measure's revisions and the audit trail, defines or retires a measure and downloads a CSV template.
 * Every call is one of the agency subgraph's own operations, through the gateway, as the signed-in person.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AGENCY_OPERATIONS, type AgencyKey, type AgencyOperations } from '../../../generated/agency-operations';
import type { MeasureUnit, Polarity, TypedDocumentString } from '../../../generated/graphql';
import { execute, executeWithProgress, RequestFailed, type GraphQLErrorItem } from '../../shared/graphql';
import { readCsv, readFile, saveText, templateFor, type CsvFile } from './csv';

type ResultOf<D> = D extends TypedDocumentString<infer R, infer _V> ? R : never;
type Workspace = ResultOf<AgencyOperations['workspace']>;
type Measure = Workspace['measures'][number];
type Draft = Workspace['drafts'][number];
type ImportResult = ResultOf<AgencyOperations['import']>['result'];
type History = ResultOf<AgencyOperations['history']>;
type Revisions = ResultOf<AgencyOperations['revisions']>;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const errorsText = (errors?: GraphQLErrorItem[]) => (errors ?? []).map((e) => e.message).join(' ');

export const isAgency = (key: string | null): key is AgencyKey => !!key && key in AGENCY_OPERATIONS;

export function AgencyWorkspace({ agency }: { agency: AgencyKey }) {
  const ops = AGENCY_OPERATIONS[agency];
  const [data, setData] = useState<Workspace | null>(null);
  const [failure, setFailure] = useState('');
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);

  useEffect(() => {
    let live = true;
    (
      execute(ops.workspace as TypedDocumentString<Workspace, Record<string, never>>) as Promise<{
        data?: Workspace | null;
        errors?: GraphQLErrorItem[];
      }>
    )
      .then((r) => {
        if (!live) return;
        if (r.data) setData(r.data);
        setFailure(r.errors?.length ? errorsText(r.errors) : '');
      })
      .catch((e) => live && setFailure(messageOf(e)));
    return () => {
      live = false;
    };
  }, [agency, version]);

  return (
    <main id="main" tabIndex={-1}>
      <h1>{agency[0].toUpperCase() + agency.slice(1)} figures</h1>
      <p class="lede">
        Upload your agency's figures as drafts, check what publishing would change, then publish. Nobody outside {agency} sees a draft.
      </p>
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      {!data && !failure && <p role="status">Loading your measures…</p>}
      {data && (
        <>
          <MeasuresTable agency={agency} measures={data.measures} drafts={data.drafts} onChanged={reload} />
          <Upload ops={ops} onImported={reload} />
          <Preview ops={ops} measures={data.measures} drafts={data.drafts} onPublished={reload} />
          <HistoryPanel ops={ops} measures={data.measures} version={version} />
          <DefineMeasure agency={agency} ops={ops} onDefined={reload} />
        </>
      )}
    </main>
  );
}

function MeasuresTable({
  agency,
  measures,
  drafts,
  onChanged,
}: {
  agency: AgencyKey;
  measures: readonly Measure[];
  drafts: readonly Draft[];
  onChanged: () => void;
}) {
  const ops = AGENCY_OPERATIONS[agency];
  const [retiring, setRetiring] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState('');
  const draftsBy = useMemo(() => {
    const m = new Map<string, number>();
    for (const d of drafts) m.set(d.measureId, (m.get(d.measureId) ?? 0) + 1);
    return m;
  }, [drafts]);
  const retire = async (id: string) => {
    try {
      const r = await execute(
        ops.retireMeasure as TypedDocumentString<{ measure: { id: string; retired: boolean } }, { id: string; reason: string }>,
        { id, reason },
      );
      if (r.errors?.length) return setMessage(errorsText(r.errors));
      setMessage(`${id} is retired: its figures stay, no new figures can be recorded.`);
      setRetiring(null);
      setReason('');
      onChanged();
    } catch (e) {
      setMessage(messageOf(e));
    }
  };
  return (
    <section aria-labelledby="measures-h">
      <h2 id="measures-h">Your measures</h2>
      {message && (
        <p class="notice" role="status">
          {message}
        </p>
      )}
      <div class="table-scroll">
        <table>
          <caption>
            {measures.length} measures of {agency}, with the latest published figure and the drafts waiting to be published
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Unit</th>
              <th scope="col">Latest published figure</th>
              <th scope="col">Drafts</th>
              <th scope="col">Template and retirement</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => {
              const latest = m.latestPublished.edges[0]?.node;
              return (
                <tr key={m.id}>
                  <th scope="row">
                    {m.name} {m.retired && <span class="flag">retired</span>}
                    <div class="small muted">{m.id}</div>
                  </th>
                  <td>{m.unit.toLowerCase()}</td>
                  <td>
                    {latest ? (
                      <>
                        <strong>{latest.printed}</strong>{' '}
                        <span class="small">
                          {latest.area.name}, {latest.period.label}
                        </span>
                      </>
                    ) : (
                      <span class="muted">none published</span>
                    )}
                  </td>
                  <td>{draftsBy.get(m.id) ?? 0}</td>
                  <td>
                    <button type="button" class="secondary" onClick={() => saveText(`${m.id}-template.csv`, templateFor(m.id, m.unit))}>
                      Download CSV template<span class="visually-hidden"> for {m.name}</span>
                    </button>{' '}
                    {!m.retired && retiring !== m.id && (
                      <button type="button" class="secondary" onClick={() => setRetiring(m.id)}>
                        Retire<span class="visually-hidden"> {m.name}</span>
                      </button>
                    )}
                    {retiring === m.id && (
                      <form
                        class="inline-form"
                        onSubmit={(e) => {
                          e.preventDefault();
                          void retire(m.id);
                        }}
                      >
                        <label for={`retire-${m.id}`}>Why retire {m.name}?</label>
                        <input
                          id={`retire-${m.id}`}
                          required
                          value={reason}
                          onInput={(e) => setReason((e.target as HTMLInputElement).value)}
                        />
                        <button type="submit">Retire measure</button>
                        <button type="button" class="secondary" onClick={() => setRetiring(null)}>
                          Cancel
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const LARGE_FILE = 256 * 1024;

function Upload({ ops, onImported }: { ops: AgencyOperations; onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<CsvFile | null>(null);
  const [reason, setReason] = useState('');
  const [progress, setProgress] = useState<{ label: string; value: number; max: number } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState('');
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLDivElement>(null);

  const choose = async (f: File | undefined) => {
    if (!f) return;
    setFile(f);
    setResult(null);
    setFailure('');
    setProgress({ label: `Reading ${f.name}`, value: 0, max: f.size || 1 });
    try {
      const t = await readFile(f, (loaded, total) => setProgress({ label: `Reading ${f.name}`, value: loaded, max: total || 1 }));
      setText(t);
      setParsed(readCsv(t));
      setProgress(null);
    } catch (e) {
      setProgress(null);
      setFailure(messageOf(e));
    }
  };

  const upload = async () => {
    if (!file) return;
    setFailure('');
    setResult(null);
    setProgress({ label: `Sending ${file.name}`, value: 0, max: file.size || 1 });
    try {
      const r = await executeWithProgress(
        ops.import as TypedDocumentString<{ result: ImportResult }, { csv: string; reason: string }>,
        { csv: text, reason },
        (sent, total) =>
          setProgress(
            sent >= total && total > 0
              ? { label: `Checking ${parsed?.rows.length ?? ''} rows`, value: 0, max: 0 }
              : { label: `Sending ${file.name}`, value: sent, max: total || 1 },
          ),
      );
      setProgress(null);
      if (r.errors?.length) setFailure(errorsText(r.errors));
      if (r.data) {
        setResult(r.data.result);
        if (r.data.result.ok) onImported();
      }
    } catch (e) {
      setProgress(null);
      setFailure(
        e instanceof RequestFailed && e.status === 413
          ? `The file is larger than the hub accepts in one upload (${messageOf(e)}). Split it by measure or period, or ask the operator to raise MAX_IMPORT_BODY_SIZE.`
          : messageOf(e),
      );
    }
    setTimeout(() => outcome.current?.focus(), 0);
  };

  return (
    <section aria-labelledby="upload-h">
      <h2 id="upload-h">Upload figures</h2>
      <p>
        A CSV file with the header{' '}
        <code>measure_id,area,period,value,numerator,denominator,printed,approximate,not_available,status,note</code> (download a template
        from a measure above). Every row is checked first: if any row has a problem, nothing is written, and each problem is shown against
        the file.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void upload();
        }}
      >
        <div
          class={`dropzone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void choose(e.dataTransfer?.files[0]);
          }}
        >
          <label for="csv-file">Drop a CSV file here, or choose one</label>
          <input
            ref={input}
            id="csv-file"
            name="csv-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])}
          />
          {file && (
            <p class="small">
              {file.name}: {(file.size / 1024).toFixed(1)} kB{parsed && !parsed.unreadable ? `, ${parsed.rows.length} data rows` : ''}
              {file.size > LARGE_FILE ? ' (a large file: it may take a while to send and check)' : ''}
            </p>
          )}
        </div>
        <label for="csv-reason">Why these figures (kept with every correction they make)</label>
        <input
          id="csv-reason"
          name="reason"
          required
          value={reason}
          onInput={(e) => setReason((e.target as HTMLInputElement).value)}
          placeholder="e.g. Quarter 3 return"
        />
        <p>
          <button type="submit" disabled={!file || !!progress}>
            Check and save as drafts
          </button>
        </p>
      </form>
      {progress && (
        <div class="progress" role="status">
          <label for="upload-progress">{progress.label}</label>
          {progress.max > 0 ? (
            <progress id="upload-progress" value={progress.value} max={progress.max} />
          ) : (
            <progress id="upload-progress" />
          )}
        </div>
      )}
      <div ref={outcome} tabIndex={-1} class="outcome">
        {failure && (
          <p class="error" role="alert">
            {failure}
          </p>
        )}
        {result && result.ok && (
          <p class="success" role="status">
            All {result.rows} rows saved as drafts: {result.newFigures} new figures, {result.corrections} corrections
            {result.replacedDrafts ? `, replacing ${result.replacedDrafts} earlier drafts` : ''}. Check them under "Preview and publish".
          </p>
        )}
        {result && !result.ok && <ImportErrors result={result} file={parsed} />}
      </div>
    </section>
  );
}

function ImportErrors({ result, file }: { result: ImportResult; file: CsvFile | null }) {
  const byRow = new Map<number, ImportResult['errors']>();
  for (const e of result.errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  const rows = [...byRow.keys()].filter((r) => r > 0).sort((a, b) => a - b);
  const whole = byRow.get(0) ?? [];
  return (
    <div class="error-summary" role="alert" aria-labelledby="import-errors-h">
      <h3 id="import-errors-h">
        Nothing was written: {result.errors.length} {result.errors.length === 1 ? 'problem' : 'problems'} in {rows.length} of {result.rows}{' '}
        rows
      </h3>
      {whole.length > 0 && (
        <ul>
          {whole.map((e, i) => (
            <li key={i}>
              {e.column ? `Column ${e.column}: ` : 'The file: '}
              {e.message}
            </li>
          ))}
        </ul>
      )}
      <ul>
        {result.errors
          .filter((e) => e.row > 0)
          .map((e, i) => (
            <li key={i}>
              Row {e.row}
              {e.line ? ` (line ${e.line})` : ''}
              {e.column ? `, column ${e.column}` : ''}: {e.message}
            </li>
          ))}
      </ul>
      {file && !file.unreadable && rows.length > 0 && (
        <div class="table-scroll">
          <table class="csv-rows">
            <caption>The rows with problems, as they are in the file (cells at fault are marked)</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                {file.header.map((h) => (
                  <th scope="col" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, 200).map((r) => {
                const cells = file.rows[r - 1] ?? [];
                const faults = byRow.get(r) ?? [];
                return (
                  <tr key={r}>
                    <th scope="row">{r}</th>
                    {file.header.map((h, c) => {
                      const fault = faults.find((f) => f.column === h);
                      return (
                        <td key={h} class={fault ? 'fault' : undefined}>
                          {cells[c] ?? ''}
                          {fault && <span class="fault-message">{fault.message}</span>}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {rows.length > 200 && <p class="small">The first 200 rows with problems are shown; the list above has them all.</p>}
        </div>
      )}
    </div>
  );
}

function Preview({
  ops,
  measures,
  drafts,
  onPublished,
}: {
  ops: AgencyOperations;
  measures: readonly Measure[];
  drafts: readonly Draft[];
  onPublished: () => void;
}) {
  const names = new Map(measures.map((m) => [m.id, m.name]));
  const groups = useMemo(() => {
    const g = new Map<string, Draft[]>();
    for (const d of drafts) g.set(d.measureId, [...(g.get(d.measureId) ?? []), d]);
    return [...g.entries()];
  }, [drafts]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setChosen((c) => new Set([...c].filter((id) => groups.some(([m]) => m === id)))), [groups]);

  const publish = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const r = await execute(
        ops.publish as TypedDocumentString<
          { result: { published: number; newFigures: number; corrections: number; figures: string[] } },
          { measureIds?: string[] | null }
        >,
        { measureIds: [...chosen] },
      );
      if (r.errors?.length) setMessage({ kind: 'error', text: errorsText(r.errors) });
      else if (r.data) {
        setMessage({
          kind: 'ok',
          text: `Published ${r.data.result.published} figures: ${r.data.result.newFigures} new, ${r.data.result.corrections} corrections. Everyone with access to the hub now sees them.`,
        });
        setChosen(new Set());
        onPublished();
      }
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="preview-h">
      <h2 id="preview-h">Preview and publish</h2>
      {message && (
        <p class={message.kind === 'ok' ? 'success' : 'error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {groups.length === 0 && <p>No drafts: upload figures first.</p>}
      {groups.length > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void publish();
          }}
        >
          {groups.map(([measureId, list]) => {
            const counts = {
              fresh: list.filter((d) => !d.correction).length,
              corrected: list.filter((d) => d.correction && !d.unchanged).length,
              same: list.filter((d) => d.unchanged).length,
            };
            return (
              <fieldset key={measureId} class="measure-drafts">
                <legend>
                  <input
                    type="checkbox"
                    id={`publish-${measureId}`}
                    checked={chosen.has(measureId)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if ((e.target as HTMLInputElement).checked) next.add(measureId);
                      else next.delete(measureId);
                      setChosen(next);
                    }}
                  />{' '}
                  <label for={`publish-${measureId}`}>
                    Publish {names.get(measureId) ?? measureId}: {counts.fresh} new, {counts.corrected} corrected, {counts.same} unchanged
                  </label>
                </legend>
                <div class="table-scroll">
                  <table>
                    <caption class="visually-hidden">Drafts of {names.get(measureId) ?? measureId}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Area</th>
                        <th scope="col">Period</th>
                        <th scope="col">What publishing does</th>
                        <th scope="col">Published now</th>
                        <th scope="col">Draft</th>
                        <th scope="col">Others will see</th>
                        <th scope="col">Recorded</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((d) => (
                        <tr key={d.id}>
                          <th scope="row">{d.area.name}</th>
                          <td>{d.period.label}</td>
                          <td>
                            {!d.correction ? (
                              <span class="kind kind-new">New figure</span>
                            ) : d.unchanged ? (
                              <span class="kind kind-same">Unchanged</span>
                            ) : (
                              <span class="kind kind-corrected">Correction</span>
                            )}
                          </td>
                          <td>{d.replaces ? d.replaces.printed : <span class="muted">none</span>}</td>
                          <td>
                            <strong>{d.printed}</strong>
                          </td>
                          <td>
                            {d.suppressedWhenPublished ? (
                              <span class="flag flag-suppressed">suppressed by disclosure control</span>
                            ) : (
                              d.publicPrinted
                            )}
                          </td>
                          <td class="small">
                            {d.createdBy}, {new Date(d.createdAt).toLocaleString('en-GB')}
                            {d.reason ? `: ${d.reason}` : ''}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </fieldset>
            );
          })}
          <p>
            <button type="submit" disabled={chosen.size === 0 || busy}>
              Publish the chosen measures ({chosen.size})
            </button>
          </p>
        </form>
      )}
    </section>
  );
}

function HistoryPanel({ ops, measures, version }: { ops: AgencyOperations; measures: readonly Measure[]; version: number }) {
  const [measureId, setMeasureId] = useState('');
  const [history, setHistory] = useState<History | null>(null);
  const [revisions, setRevisions] = useState<Revisions | null>(null);
  const [failure, setFailure] = useState('');
  useEffect(() => {
    if (!measureId) return undefined;
    let live = true;
    Promise.all([
      execute(ops.history as TypedDocumentString<History, { limit: number }>, { limit: 500 }),
      execute(ops.revisions as TypedDocumentString<Revisions, Record<string, never>>),
    ])
      .then(([h, r]) => {
        if (!live) return;
        setHistory(h.data ?? null);
        setRevisions(r.data ?? null);
        setFailure([...(h.errors ?? []), ...(r.errors ?? [])].map((e) => e.message).join(' '));
      })
      .catch((e) => live && setFailure(messageOf(e)));
    return () => {
      live = false;
    };
  }, [measureId, version]);
  const figures = revisions?.measures.find((m) => m.id === measureId)?.figures.edges.map((e) => e.node) ?? [];
  const revised = figures.filter((f) => f.revisions.length > 0);
  const events = (history?.audit ?? []).filter((e) => e.entityId?.startsWith(measureId) || e.details.includes(`"${measureId}`));
  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">History</h2>
      <label for="history-measure">Measure</label>
      <select id="history-measure" value={measureId} onChange={(e) => setMeasureId((e.target as HTMLSelectElement).value)}>
        <option value="">Choose a measure…</option>
        {measures.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      {measureId && history && (
        <>
          <h3>Corrections (revisions) of its latest 10 published figures</h3>
          {revised.length === 0 ? (
            <p>None of them has been corrected.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Now</th>
                  <th scope="col">Replaced value</th>
                  <th scope="col">Why</th>
                  <th scope="col">When, by whom</th>
                </tr>
              </thead>
              <tbody>
                {revised.flatMap((f) =>
                  f.revisions.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        {f.area.name}, {f.period.label}
                      </th>
                      <td>{f.printed}</td>
                      <td>{r.printed}</td>
                      <td>{r.reason}</td>
                      <td class="small">
                        {new Date(r.replacedAt).toLocaleString('en-GB')}
                        {r.replacedBy ? `, ${r.replacedBy}` : ''}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          )}
          <h3>Audit trail</h3>
          {events.length === 0 ? (
            <p>No recorded change names this measure in the latest 500 events.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.id}>
                    <td>{new Date(e.at).toLocaleString('en-GB')}</td>
                    <td>
                      {e.actor} ({e.role})
                    </td>
                    <td>
                      {e.action}
                      {e.entityId ? `: ${e.entityId}` : ''}
                    </td>
                    <td class="small details">{e.details.length > 300 ? `${e.details.slice(0, 300)}…` : e.details}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

const UNITS: MeasureUnit[] = ['PERCENTAGE', 'COUNT', 'RATE', 'RATIO', 'CURRENCY_GBP'];
const POLARITIES: Polarity[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'];

function DefineMeasure({ agency, ops, onDefined }: { agency: AgencyKey; ops: AgencyOperations; onDefined: () => void }) {
  const blank = {
    id: `${agency}.`,
    name: '',
    definition: '',
    unit: 'COUNT' as MeasureUnit,
    polarity: 'NEUTRAL' as Polarity,
    leadAgency: '',
    source: '',
    target: '',
    threshold: '',
  };
  const [form, setForm] = useState(blank);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const field = (k: keyof typeof blank) => ({
    id: `measure-${k}`,
    value: form[k],
    onInput: (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value }),
  });
  const submit = async () => {
    setMessage(null);
    const input = {
      id: form.id.trim(),
      name: form.name.trim(),
      definition: form.definition.trim(),
      unit: form.unit,
      polarity: form.polarity,
      leadAgency: form.leadAgency.trim(),
      source: form.source.trim(),
      ...(form.target.trim() ? { target: { text: form.target.trim() } } : {}),
      ...(form.threshold.trim() ? { disclosureThreshold: Number(form.threshold) } : {}),
    };
    try {
      const r = await execute(
        ops.defineMeasure as TypedDocumentString<{ measure: { id: string; name: string } }, { input: typeof input }>,
        { input },
      );
      if (r.errors?.length) return setMessage({ kind: 'error', text: errorsText(r.errors) });
      setMessage({
        kind: 'ok',
        text: `${r.data!.measure.name} (${r.data!.measure.id}) is saved. Ask the secretariat to link it to a pathway or priority group.`,
      });
      setForm(blank);
      onDefined();
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  };
  return (
    <section aria-labelledby="define-h">
      <h2 id="define-h">Define or change a measure</h2>
      <p>Give an existing id to change its definition, or a new one to add a measure.</p>
      {message && (
        <p class={message.kind === 'ok' ? 'success' : 'error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label for="measure-id">Id (starts with {agency}.)</label>
        <input required pattern={`${agency}\\.[a-z0-9-]+`} {...field('id')} />
        <label for="measure-name">Name</label>
        <input required {...field('name')} />
        <label for="measure-definition">Definition: what is counted, the population, caveats</label>
        <textarea required rows={3} {...field('definition')} />
        <label for="measure-unit">Unit</label>
        <select {...field('unit')}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {u.toLowerCase().replace('_', ' ')}
            </option>
          ))}
        </select>
        <label for="measure-polarity">Which way is better</label>
        <select {...field('polarity')}>
          {POLARITIES.map((p) => (
            <option key={p} value={p}>
              {p.toLowerCase().replace(/_/g, ' ')}
            </option>
          ))}
        </select>
        <label for="measure-leadAgency">Lead body</label>
        <input required {...field('leadAgency')} />
        <label for="measure-source">Source (the statistical series)</label>
        <input required {...field('source')} />
        <label for="measure-target">Target as worded in the plan (optional)</label>
        <input {...field('target')} />
        <label for="measure-threshold">Disclosure threshold (optional: counts of 1 to this number minus 1 people are suppressed)</label>
        <input type="number" min={2} {...field('threshold')} />
        <p>
          <button type="submit">Save measure</button>
        </p>
      </form>
    </section>
  );
}
