import { Box } from '@mui/material';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { serverBaseUrl } from '../../app/api';
import { useI18n, useT } from '../../i18n';

export interface PreviewState {
  /** rgba() per slot that parses; the others fall back to the stored stylesheet. */
  colors: Record<string, string>;
  hover: string | null;
  logoShape: 'round' | 'rectangular';
  copyright: boolean;
}

interface Props {
  state: PreviewState;
  /** Changes when the stored look changes (save, restore, upload): the page is loaded again. */
  reloadKey: string;
}

/**
 * The server's portal preview in a sandboxed frame (scripts only: an opaque origin, no access to this app).
 * Each change of the form is posted to it as evaluated colours; the page sets them as the stylesheet's custom
 * properties and answers with the same sequence number (kept on the element for tests and the bench).
 */
export function PreviewFrame({ state, reloadKey }: Props) {
  const t = useT();
  const { language } = useI18n();
  const frame = useRef<HTMLIFrameElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const seq = useRef(0);
  const [base, setBase] = useState<string | null>(null);
  const [ready, setReady] = useState(0);

  useEffect(() => {
    let live = true;
    void serverBaseUrl().then((url) => live && setBase(url));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (!frame.current || e.source !== frame.current.contentWindow) return;
      const data: unknown = e.data;
      if (typeof data !== 'object' || data === null || !('kind' in data)) return;
      if (data.kind === 'kcc-theme-ready') setReady((n) => n + 1);
      if (data.kind === 'kcc-theme-applied' && 'seq' in data && typeof data.seq === 'number') box.current?.setAttribute('data-applied-seq', String(data.seq));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  // Posted as soon as React commits (layout effect), not after the next paint.
  useLayoutEffect(() => {
    const target = frame.current?.contentWindow;
    if (!target || ready === 0) return;
    seq.current += 1;
    box.current?.setAttribute('data-sent-seq', String(seq.current));
    // The sandboxed page has an opaque origin ('null'), so '*' is the only target; nothing secret is sent.
    target.postMessage({ kind: 'kcc-theme-preview', seq: seq.current, ...state }, '*');
  }, [state, ready]);

  return (
    <Box ref={box} data-testid="theme-preview" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden', bgcolor: 'background.paper' }}>
      {base !== null && (
        <iframe
          ref={frame}
          key={`${reloadKey}-${language}`}
          title={t('theme.preview.frame')}
          src={`${base}/api/v1/portal/preview?lang=${language}&v=${encodeURIComponent(reloadKey)}`}
          sandbox="allow-scripts"
          referrerPolicy="no-referrer"
          style={{ width: '100%', height: 560, border: 0, display: 'block' }}
        />
      )}
    </Box>
  );
}
