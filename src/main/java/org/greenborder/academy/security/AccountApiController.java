package org.greenborder.academy.security;

import java.util.List;
import org.greenborder.academy.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, for API clients: lets a script check its credentials and see its roles. */
@RestController
@RequestMapping("/api")
class AccountApiController {

    private final CurrentUser currentUser;

    AccountApiController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    record Me(String username, String fullName, String organisation, String country, List<Role> roles) {
    }

    @GetMapping("/me")
    Me me() {
        UserAccount account = currentUser.account().orElseThrow(() -> new NotFoundException("Your account"));
        return new Me(account.getUsername(), account.getFullName(), account.getOrganisation(),
                account.getCountry() == null ? null : account.getCountry().value(),
                account.getRoles().stream().sorted().toList());
    }
}
