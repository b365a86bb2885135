// What the app shares with the scripts and tools around it: the root's id,
// the attributes, events, window names and classes they speak through, and
// which program runs each part. Each is written once, in
// src/domain/contract.rs; its test writes src/contract.json, read here.
// A name is the same on both sides: attr::ISLAND there is ATTR.ISLAND here.
import { readFileSync } from "node:fs";

export const CONTRACT = JSON.parse(readFileSync(new URL("../src/contract.json", import.meta.url), "utf8"));
export const { ROOT_ID, MAIN_ID, ATTR, EVENT, GLOBAL, CLASS, ISLAND_PROGRAMS } = CONTRACT;
