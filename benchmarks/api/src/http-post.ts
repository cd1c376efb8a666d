// One GraphQL POST over loopback HTTP, shared by the bench's parts and the command writers' child process.
import http from 'node:http';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON.
export type Json = any;

export interface GraphQLAnswer {
  readonly data?: Json;
  readonly errors?: Json[];
}

/**
 * One POST on a fresh loopback connection. No keep-alive: on SQLite a slow query blocks the server's event
 * loop, and a pooled connection whose keep-alive timer fired meanwhile would be reset under the request.
 */
export function post(url: string, body: string, token?: string): Promise<GraphQLAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLAnswer);
          } catch (error) {
            reject(error as Error);
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A GraphQL operation with variables, as `post` sends it. */
export const graphql = (url: string, query: string, variables: Json, token?: string) =>
  post(url, JSON.stringify({ query, variables }), token);
