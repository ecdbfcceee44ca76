// Every case, by dataset tag (the tags of AQS's own suite, aqs2-notes.md §4).
import type { Case } from '../case.js';
import type { TargetData } from '../local-data.js';
import { commonsCases } from './commons.js';
import { editorsCases } from './editors.js';
import { editsCases } from './edits.js';
import { imageSuggestionsCases } from './image-suggestions.js';
import { mediarequestsCases } from './mediarequests.js';
import { pageviewsCases } from './pageviews.js';
import { sessionsCases } from './sessions.js';
import { uniqueDevicesCases } from './unique-devices.js';

export function allCases(d: TargetData): Case[] {
  return [...uniqueDevicesCases(d), ...pageviewsCases(d), ...mediarequestsCases(d), ...editsCases(d), ...editorsCases(d), ...commonsCases(d), ...imageSuggestionsCases(d), ...sessionsCases()];
}
