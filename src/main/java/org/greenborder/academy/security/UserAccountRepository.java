package org.greenborder.academy.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

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
}
