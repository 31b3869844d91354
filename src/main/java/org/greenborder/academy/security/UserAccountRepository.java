package org.greenborder.academy.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** A bulk update, so that signing in does not bump the version an administrator's open edit is based on. */
    @Modifying
    @Query("update UserAccount u set u.lastLoginAt = :at where u.username = :username")
    int recordLogin(String username, Instant at);

    @Query("select count(distinct u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(Role role);

    @Query("select distinct u from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.fullName")
    List<UserAccount> findEnabledWithRole(Role role);

    @Query("""
            select distinct u from UserAccount u
            where :text is null
               or lower(u.username) like :text escape '!'
               or lower(u.fullName) like :text escape '!'
               or lower(coalesce(u.organisation, '')) like :text escape '!'
               or lower(coalesce(u.email, '')) like :text escape '!'
            order by u.fullName
            """)
    List<UserAccount> search(String text);

    /** Takes a TOTP step for the account if no later or equal one was taken: 1 when this caller got it, else 0. */
    @Modifying
    @Query("""
            update UserAccount u set u.totpLastStep = :step
            where u.username = :username and u.totpSecret is not null and (u.totpLastStep is null or u.totpLastStep < :step)""")
    int takeTotpStep(@Param("username") String username, @Param("step") long step);

    /** Sets the secret only where none is set yet: 1 when it was set, 0 when the account already has one. */
    @Modifying
    @Query("""
            update UserAccount u set u.totpSecret = :secret, u.totpLastStep = :step, u.totpEnrolledAt = :at
            where u.username = :username and u.totpSecret is null""")
    int enrolTotp(@Param("username") String username, @Param("secret") String secret, @Param("step") long step,
                  @Param("at") Instant at);
}
