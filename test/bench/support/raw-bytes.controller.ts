import { Controller, Get, Injectable, Res } from '@nestjs/common';

/** The bytes the service answered for the cached list, held ready to send again. */
@Injectable()
export class RawBytes {
  body: Buffer = Buffer.alloc(0);
  /** The same answer parsed back, for the route that serialises it on each request. */
  parsed: unknown = {};
}

/** The part of Fastify's reply this route uses. */
interface RawReply {
  header(name: string, value: string): RawReply;
  send(payload: Buffer): RawReply;
}

/**
 * The baseline of the warm throughput scenario: the same bytes from memory on the same
 * adapter in the same process, with no guard, cache, mapping or serialisation.
 */
@Controller('bench')
export class RawBytesController {
  constructor(private readonly bytes: RawBytes) {}

  @Get('raw-bytes')
  send(@Res() reply: RawReply): void {
    reply.header('content-type', 'application/json; charset=utf-8').send(this.bytes.body);
  }

  /** The share of the gap that is serialisation alone: the same object through Fastify's JSON serialiser. */
  @Get('serialised-object')
  object(): unknown {
    return this.bytes.parsed;
  }
}
