import { Alert, Box, Chip, List, ListItem, ListItemText, Switch, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FunctionalityNode } from '../../../../shared/api/functionalities';
import { homeTop5Keys } from '../../../../shared/domain/portalFunctions';
import { isApiError } from '../../../../shared/client';
import { api } from '../../app/api';
import { useI18n, useT } from '../../i18n';
import { functionalityKeys } from './functionalityQueries';

function flatten(nodes: FunctionalityNode[], depth = 0): { node: FunctionalityNode; depth: number }[] {
  return nodes.flatMap((n) => [{ node: n, depth }, ...flatten(n.children, depth + 1)]);
}

/**
 * The portal's functions as an indented tree, one switch each. An item whose parent is off keeps its own switch
 * but is shown greyed with "uit omdat … uit staat" (never silently on); the home page's top 5 is listed below.
 */
export function FunctionTree({ tree, onNotice }: { tree: FunctionalityNode[]; onNotice: (text: string) => void }) {
  const t = useT();
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const rows = flatten(tree);
  const nameOf = (n: FunctionalityNode) => (language === 'en' ? n.nameEn : n.name);
  const byKey = new Map(rows.map((r) => [r.node.key, r.node]));
  const toggle = useMutation({
    mutationFn: (n: FunctionalityNode) => api.call('functionalities.update', { params: { key: n.key }, body: { enabled: !n.enabled, version: n.version } }),
    onSuccess: (next, n) => {
      queryClient.setQueryData(functionalityKeys.tree, next);
      setError(null);
      onNotice(t('functionalities.changed', { name: nameOf(n), state: n.enabled ? t('functionalities.off') : t('functionalities.on') }));
    },
    onError: async (e) => {
      await queryClient.invalidateQueries({ queryKey: functionalityKeys.tree });
      setError(isApiError(e) && e.status === 409 ? t('functionalities.conflict') : t('functionalities.failed', { message: e.message }));
    },
  });
  const top5 = homeTop5Keys.map((k) => byKey.get(k)).filter((n): n is FunctionalityNode => n !== undefined && n.effective);

  return (
    <Box>
      {error && (
        <Alert severity="warning" onClose={() => setError(null)} sx={{ mb: 1 }}>
          {error}
        </Alert>
      )}
      <List dense aria-label={t('functionalities.tree')} data-testid="functionality-tree">
        {rows.map(({ node, depth }) => {
          const parent = node.offByParent ? byKey.get(node.offByParent) : undefined;
          const secondary = [
            node.menu && depth === 0 ? t('functionalities.menu', { menu: node.menu }) : null,
            parent ? t('functionalities.offBy', { parent: nameOf(parent) }) : null,
          ].filter(Boolean).join(' · ');
          return (
            <ListItem
              key={node.key}
              data-testid={`fn-${node.key}`}
              data-effective={String(node.effective)}
              sx={{ pl: 2 + depth * 4, opacity: node.effective ? 1 : 0.6, borderBottom: 1, borderColor: 'divider' }}
              secondaryAction={
                <Switch
                  edge="end"
                  checked={node.enabled}
                  disabled={toggle.isPending}
                  onChange={() => toggle.mutate(node)}
                  slotProps={{ input: { 'aria-label': t('functionalities.toggle', { name: nameOf(node) }) } }}
                />
              }
            >
              <ListItemText primary={nameOf(node)} secondary={secondary || undefined} slotProps={{ primary: { sx: { fontWeight: depth === 0 ? 500 : 400 } } }} />
              {!node.effective && node.enabled && <Chip size="small" label={t('functionalities.off')} sx={{ mr: 6 }} />}
            </ListItem>
          );
        })}
      </List>
      <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>
        {t('functionalities.top5')}
      </Typography>
      {top5.length === 0 ? (
        <Typography color="text.secondary">{t('functionalities.top5.empty')}</Typography>
      ) : (
        <Box component="ol" sx={{ mt: 0.5 }} data-testid="functionality-top5">
          {top5.map((n) => (
            <li key={n.key}>{n.key === 'terminateContract' ? nameOf(n) : n.menu ?? nameOf(n)}</li>
          ))}
        </Box>
      )}
    </Box>
  );
}
