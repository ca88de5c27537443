// Standard output closed by its reader (`kg export | head`): stop quietly instead of failing with EPIPE.
let installed = false;

export function stopQuietlyWhenStdoutCloses(): void {
  if (installed) return;
  installed = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
