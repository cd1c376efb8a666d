// A child process that runs one autocannon load against the API and sends back the figures: the load
// generator gets its own event loop (and core), not the server's.
import autocannon from 'autocannon';

process.once('message', async (options) => {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    // Each connection cycles through the bodies (several case ids, or the one list query); no body: a GET.
    ...(options.bodies.length > 0
      ? { requests: options.bodies.map((body) => ({ method: 'POST', body })) }
      : { method: 'GET' }),
  });
  process.send(
    {
      requestsPerSecond: result.requests.average,
      total: result.requests.total,
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    },
    () => process.exit(0),
  );
});
