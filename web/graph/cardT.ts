/**
 * The translation function for the graph's cards, provided once by the panel. react-i18next's
 * useTranslation builds its `t` wrapper per component, which with a few hundred cards cost ~15 ms per
 * render; the cards read this context instead. The value changes when the language does, so every card
 * re-renders in the new language. Without a provider (a card rendered alone) it falls back to i18n.t.
 */
import { createContext, useContext } from 'react';
import { i18n, type UiT } from '../i18n/index';

export type CardT = UiT;

export const CardTContext = createContext<CardT>((key, options) => i18n.t(key, options) as string);

export function useCardT(): CardT {
  return useContext(CardTContext);
}
