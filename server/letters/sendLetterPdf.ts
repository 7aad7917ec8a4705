import fs from 'node:fs';
import type { FastifyReply } from 'fastify';
import type { TakenMailing } from './letterJobs';

function pdfHeaders(reply: FastifyReply, fileName: string): void {
  reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).header('cache-control', 'no-store');
}

/**
 * Streams a bulk mailing from its file (a run over every household is too large to hold in memory). Only a
 * download that was read to its end and fully handed to the connection counts: then the PDF is deleted;
 * a transfer that broke off leaves it for another try.
 */
export function sendMailing(reply: FastifyReply, taken: TakenMailing, fileName: string): fs.ReadStream {
  pdfHeaders(reply, fileName);
  const stream = fs.createReadStream(taken.file);
  let read = false;
  stream.once('end', () => {
    read = true;
  });
  reply.raw.once('close', () => taken.settle(read && reply.raw.writableFinished));
  return stream;
}

/** A single household's letter, made in memory. */
export function sendLetter(reply: FastifyReply, pdf: Buffer, fileName: string): Buffer {
  pdfHeaders(reply, fileName);
  return pdf;
}
