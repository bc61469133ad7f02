/**
 * `claimcheck merge-sarif a.sarif b.sarif…`: one SARIF log from the logs of several shards. Runs of
 * the same tool and version become one run (rules united by id, rule indexes renumbered, results
 * concatenated, exact duplicates dropped), since code scanning expects one run per tool and
 * category; runs of other tools are kept as they are.
 */
export interface SarifLog { $schema?: string; version: string; runs: SarifRun[] }
interface SarifRun {
  tool: { driver: { name: string; version?: string; rules?: Array<{ id: string }> } };
  results?: Array<Record<string, unknown> & { ruleId?: string; ruleIndex?: number }>;
  artifacts?: unknown[];
  invocations?: unknown[];
  [k: string]: unknown;
}

export function mergeSarif(logs: SarifLog[]): SarifLog {
  const runs: SarifRun[] = [];
  const byTool = new Map<string, SarifRun>();
  for (const log of logs) {
    if (!log || log.version !== '2.1.0' || !Array.isArray(log.runs)) throw new Error('not a SARIF 2.1.0 log');
    for (const run of log.runs) {
      for (const res of run.results ?? []) { // a result may name its rule by index only: name it by id before indexes change
        if (res.ruleId === undefined && typeof res.ruleIndex === 'number') res.ruleId = run.tool?.driver?.rules?.[res.ruleIndex]?.id;
      }
      const id = `${run.tool?.driver?.name}\u0000${run.tool?.driver?.version ?? ''}`;
      const into = byTool.get(id);
      if (!into || run.artifacts || into.artifacts) { // artifact indexes cannot be merged safely: keep the run apart
        const copy: SarifRun = JSON.parse(JSON.stringify(run));
        runs.push(copy);
        if (!into && !run.artifacts) byTool.set(id, copy);
        continue;
      }
      const rules = into.tool.driver.rules ?? (into.tool.driver.rules = []);
      for (const r of run.tool.driver.rules ?? []) if (!rules.some(x => x.id === r.id)) rules.push(r);
      into.results = [...(into.results ?? []), ...(run.results ?? [])];
      if (run.invocations) into.invocations = [...(into.invocations ?? []), ...run.invocations];
    }
  }
  for (const run of runs) {
    const rules = run.tool.driver.rules ?? [];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const seen = new Set<string>();
    run.results = (run.results ?? []).filter(res => {
      if (res.ruleId !== undefined && index.has(res.ruleId)) res.ruleIndex = index.get(res.ruleId)!;
      else delete res.ruleIndex;
      const key = JSON.stringify(res);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return { $schema: logs.find(l => l.$schema)?.$schema ?? 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs };
}
