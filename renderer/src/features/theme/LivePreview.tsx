import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { checkColor, rgbaCss } from '../../../../shared/domain/colorExpression';
import { ContrastPanel } from './ContrastPanel';
import { PreviewFrame, type PreviewState } from './PreviewFrame';
import { evaluateSlots, previewColors, type ThemeForm } from './themeForm';

/*
 * The parts that follow every keystroke watch the form themselves, so typing re-renders only them (not the
 * whole screen): the preview frame's state and the contrast badges.
 */

export function LivePreview<B>({ control, reloadKey }: { control: Control<ThemeForm, unknown, B>; reloadKey: string }) {
  const values = useWatch({ control }) as Partial<ThemeForm>;
  const evaluated = useMemo(() => evaluateSlots(values), [values]);
  const state = useMemo<PreviewState>(() => {
    const hover = checkColor(`darken(${String(values.c2 ?? '')}, 8%)`);
    return {
      colors: previewColors(evaluated),
      hover: hover.ok ? rgbaCss(hover.rgba) : null,
      logoShape: values.logoShape === 'rectangular' ? 'rectangular' : 'round',
      copyright: values.copyright !== false,
    };
  }, [evaluated, values.c2, values.logoShape, values.copyright]);
  return <PreviewFrame state={state} reloadKey={reloadKey} />;
}

export function LiveContrast<B>({ control }: { control: Control<ThemeForm, unknown, B> }) {
  const values = useWatch({ control }) as Partial<ThemeForm>;
  const evaluated = useMemo(() => evaluateSlots(values), [values]);
  return <ContrastPanel evaluated={evaluated} />;
}
