package org.barometer.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks accounts up for sign-in. */
@Service
class AccountDetails implements UserDetailsService {

    private final AccountStore store;

    AccountDetails(AccountStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.find(username)
                .map(account -> new SignedIn(account.actor(), account.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
