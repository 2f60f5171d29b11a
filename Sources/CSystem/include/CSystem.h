#ifndef CASEBOOK_CSYSTEM_H
#define CASEBOOK_CSYSTEM_H

/// Swaps the entries at `first` and `second` in one step with Linux's renameat2(RENAME_EXCHANGE), so
/// neither path is ever missing; 0, or -1 with errno set (ENOSYS where the call does not exist).
int casebook_exchange(const char *first, const char *second);

#endif
