import { routeTable, type Locale, type SessionView, type SignInBody } from '@sen/contracts';
import { apiRequest } from '../../../app/api/api-client';
import { isApiRequestError } from '../../../app/api/api-request-error';

/** The current session, or `null` when nobody is signed in. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionView | null> {
  try {
    return await apiRequest(routeTable.session, { signal });
  } catch (error) {
    if (isApiRequestError(error) && error.status === 401) return null;
    throw error;
  }
}

export function signIn(body: SignInBody): Promise<SessionView> {
  return apiRequest(routeTable.signIn, { body });
}

export async function signOut(): Promise<void> {
  await apiRequest(routeTable.signOut);
}

export function updateMyLocale(locale: Locale): Promise<SessionView> {
  return apiRequest(routeTable.updateMe, { body: { locale } });
}
