import type { Models } from 'purecloud-platform-client-v2';
import type { EmulatorPhoneNumber, EmulatorUser } from '../emulator-data.types.js';
import type { EmulatorStore } from '../emulator.store.js';
import { divisionRef, userUri } from './refs.builder.js';

/** User expands the emulator fills in (lower-cased); other expand values are accepted and ignored. */
export const SUPPORTED_USER_EXPANDS = [
  'routingstatus',
  'presence',
  'conversationsummary',
  'skills',
  'languages',
  'profileskills',
  'employerinfo',
  'datelastlogin',
] as const;

const baseCache = new WeakMap<EmulatorUser, Models.User>();

function displayPhone(n: string): string {
  const d = n.replace(/^\+1/, '');
  return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
}

function phoneContact(p: EmulatorPhoneNumber, type: string): Models.Contact {
  return {
    address: p.number,
    display: displayPhone(p.number),
    mediaType: 'PHONE',
    type,
    ...(p.extension ? { extension: p.extension } : {}),
    countryCode: 'US',
  } satisfies Models.Contact;
}

/** The user without expands (cached: seeded data does not change). */
export function baseUser(store: EmulatorStore, user: EmulatorUser): Models.User {
  let cached = baseCache.get(user);
  if (!cached) {
    const work = user.phoneNumbers.find((p) => p.type === 'WORK');
    cached = {
      id: user.id,
      name: user.name,
      division: divisionRef(store, user.divisionId),
      chat: { jabberId: user.jabberId },
      department: user.department,
      email: user.email,
      primaryContactInfo: [
        { address: user.email, mediaType: 'EMAIL', type: 'PRIMARY' },
        ...(work
          ? [
              {
                address: work.number,
                display: displayPhone(work.number),
                mediaType: 'PHONE',
                type: 'PRIMARY',
              } satisfies Models.Contact,
            ]
          : []),
      ],
      addresses: user.phoneNumbers.map((p) => phoneContact(p, p.type)),
      state: user.state,
      title: user.title,
      username: user.username,
      version: user.version,
      acdAutoAnswer: false,
      selfUri: userUri(user.id),
    } satisfies Models.User;
    baseCache.set(user, cached);
  }
  return cached;
}

export function buildRoutingStatus(user: EmulatorUser): Models.RoutingStatus {
  return {
    userId: user.id,
    status: user.routingStatus.status,
    startTime: user.routingStatus.startTime,
  } satisfies Models.RoutingStatus;
}

export function buildPresence(user: EmulatorUser): Models.UserPresence {
  const defId = user.presence.presenceDefinitionId;
  return {
    source: 'PURECLOUD',
    primary: true,
    presenceDefinition: {
      id: defId,
      systemPresence: user.presence.systemPresence,
      selfUri: `/api/v2/presencedefinitions/${defId}`,
    },
    ...(user.presence.message !== undefined ? { message: user.presence.message } : {}),
    modifiedDate: user.presence.modifiedDate,
    selfUri: `/api/v2/users/${user.id}/presences/purecloud`,
  } satisfies Models.UserPresence;
}

export function buildConversationSummary(store: EmulatorStore, user: EmulatorUser): Models.UserConversationSummary {
  const counts = { call: 0, callback: 0, chat: 0, email: 0, message: 0 };
  for (const ic of store.userConversations(user.id)) {
    if (ic.endMs !== undefined) continue;
    const m = ic.conversation.mediaType;
    counts[m === 'voice' ? 'call' : m]++;
  }
  const summary = (active: number): Models.MediaSummary => ({
    contactCenter: { active, acw: 0 },
    enterprise: { active: 0, acw: 0 },
  });
  return {
    userId: user.id,
    call: summary(counts.call),
    callback: summary(counts.callback),
    email: summary(counts.email),
    message: summary(counts.message),
    chat: summary(counts.chat),
    socialExpression: summary(0),
    video: summary(0),
  } satisfies Models.UserConversationSummary;
}

/** The `User` model with the requested expands (a lower-cased set). */
export function buildUser(store: EmulatorStore, user: EmulatorUser, expand: ReadonlySet<string>): Models.User {
  const base = baseUser(store, user);
  if (expand.size === 0) return base;
  const out: Models.User = { ...base };
  if (expand.has('routingstatus')) out.routingStatus = buildRoutingStatus(user);
  if (expand.has('presence')) out.presence = buildPresence(user);
  if (expand.has('conversationsummary')) out.conversationSummary = buildConversationSummary(store, user);
  if (expand.has('skills')) {
    out.skills = user.skills.map(
      (s) =>
        ({
          id: s.id,
          name: s.name,
          proficiency: s.proficiency,
          state: 'active',
          skillUri: `/api/v2/routing/skills/${s.id}`,
          selfUri: `/api/v2/users/${user.id}/routingskills/${s.id}`,
        }) satisfies Models.UserRoutingSkill,
    );
  }
  if (expand.has('languages')) {
    out.languages = user.languages.map(
      (l) =>
        ({
          id: l.id,
          name: l.name,
          proficiency: l.proficiency,
          state: 'active',
          languageUri: `/api/v2/routing/languages/${l.id}`,
          selfUri: `/api/v2/users/${user.id}/routinglanguages/${l.id}`,
        }) satisfies Models.UserRoutingLanguage,
    );
  }
  if (expand.has('profileskills')) out.profileSkills = user.profileSkills.slice();
  if (expand.has('employerinfo')) {
    out.employerInfo = {
      officialName: user.name,
      employeeId: user.employeeId,
      employeeType: 'Full-time',
      dateHire: user.dateHire,
    } satisfies Models.EmployerInfo;
  }
  if (expand.has('datelastlogin')) out.dateLastLogin = user.dateLastLogin;
  return out;
}
