import { useEffect, useRef, useState } from 'react';

/**
 * The one normalisation of a search term: the query sends it, the results carry it, and the field's
 * current text is compared after it — so "HM-000123 " is answered by the results of "HM-000123".
 */
export function searchTerm(typed: string): string {
  return typed.trim();
}

/** What a results list does with its rows once the keyboard asks for them. */
export interface ResultsActions<Id> {
  /** Move the keyboard focus to the first row (ArrowDown from the field), unless `wanted()` says no longer. */
  focusFirst(id: Id, wanted: () => boolean): void;
  /** Open a row. */
  open(id: Id): void;
  /** The search field has the focus: the list must not hold on to (and later take back) a focused row. */
  release?(): void;
}

/** Keys from the search field that wait for rows answering the term as typed. */
type Waiting = 'none' | 'focus' | 'open';

/**
 * Stands between a search field and the rows below it, so no key ever acts on rows of an older term:
 * while the rows are stale (a newer term is debounced or being fetched) ArrowDown and Enter wait and are
 * carried out on the fresh rows; clicks and Enter on stale rows do nothing. Plain mutable state, not React
 * state: the field and the (memoised) results talk through it without re-rendering each other.
 */
export class ResultsGate<Id> {
  private fresh = false;
  private first: Id | undefined;
  private waiting: Waiting = 'none';
  /** ArrowDown sent focus to the first row; until the field loses focus, an Enter there still means that row. */
  private moving = false;
  /** Counts field changes: a focus move that is still on its way is dropped once the field changed. */
  private generation = 0;

  constructor(
    private readonly actions: () => ResultsActions<Id>,
    /** Enter in the field opens the first row even without ArrowDown (the Klanten screen). */
    private readonly enterOpensFirst: boolean,
  ) {}

  /** The field's text or a filter changed: keys pressed for the previous term no longer count. */
  typed(): void {
    this.generation++;
    this.fresh = false;
    this.waiting = 'none';
    this.moving = false;
    this.actions().release?.();
  }

  /** The field got the focus. */
  focused(): void {
    this.actions().release?.();
  }

  /** The field lost focus: nothing the field asked for is still pending. */
  left(): void {
    this.waiting = 'none';
    this.moving = false;
  }

  /** ArrowDown in the field: into the first row now, or as soon as the rows answer the term as typed. */
  arrowDown(): void {
    if (this.waiting === 'open') return;
    if (!this.fresh) {
      this.waiting = 'focus';
      return;
    }
    this.focusFirst();
  }

  /** Enter in the field. True when it was taken (the caller then prevents the default). */
  enter(): boolean {
    if (this.waiting !== 'none') {
      this.waiting = 'open';
      return true;
    }
    if (!this.moving && !this.enterOpensFirst) return false;
    if (!this.fresh) {
      this.waiting = 'open';
      return true;
    }
    this.openFirst();
    return true;
  }

  /** A row action from the list itself (click, Enter on a cell): only on fresh rows. */
  openRow(id: Id): void {
    if (this.fresh) this.actions().open(id);
  }

  /** From the results after every render: are they fresh, and which row is first. Carries out waiting keys. */
  settle(fresh: boolean, first: Id | undefined): void {
    this.fresh = fresh;
    this.first = first;
    if (!fresh || this.waiting === 'none') return;
    const waiting = this.waiting;
    this.waiting = 'none';
    if (waiting === 'focus') this.focusFirst();
    else this.openFirst();
  }

  private focusFirst(): void {
    if (this.first === undefined) return;
    this.moving = true;
    const generation = this.generation;
    this.actions().focusFirst(this.first, () => generation === this.generation);
  }

  private openFirst(): void {
    this.moving = false;
    if (this.first !== undefined) this.actions().open(this.first);
  }
}

/** One gate per screen; `actions` may change identity every render (the latest ones are used). */
export function useResultsGate<Id>(actions: ResultsActions<Id>, options: { enterOpensFirst?: boolean } = {}): ResultsGate<Id> {
  const latest = useRef(actions);
  latest.current = actions;
  const [gate] = useState(() => new ResultsGate<Id>(() => latest.current, options.enterOpensFirst ?? false));
  return gate;
}

/**
 * Tells the gate after every render (no dependencies on purpose: a field change that normalises to the
 * same term must make the rows fresh again) whether the rows answer the term as typed. A passive effect
 * runs after the grid's own, so the grid already has the rows a waiting ArrowDown moves into.
 */
export function useSettleGate<Id>(gate: ResultsGate<Id>, fresh: boolean, first: Id | undefined): void {
  useEffect(() => {
    gate.settle(fresh, first);
  });
}

/**
 * The search panel's handlers on a gated list: a new term or filter makes the rows stale until they answer
 * it, and ArrowDown / Enter wait for fresh rows.
 */
export function gatedSearch<Id, S>(gate: ResultsGate<Id>, setQ: (q: string) => void, setStatus: (status: S | null) => void) {
  return {
    onChange: (value: string) => {
      gate.typed();
      setQ(value);
    },
    onStatus: (status: S | null) => {
      gate.typed();
      setStatus(status);
    },
    onArrowDown: () => gate.arrowDown(),
    onEnter: () => gate.enter(),
    onFocus: () => gate.focused(),
    onLeave: () => gate.left(),
  };
}
