/** The vault's state for React: re-renders on lock and unlock. */
import { useSyncExternalStore } from 'react';
import { subscribeVault, vaultState, type VaultState } from '../services/vault.ts';

export function useVaultState(): VaultState {
  return useSyncExternalStore(subscribeVault, vaultState, vaultState);
}
