package org.greenborder.academy.workshop;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmailIgnoreCase(String email);

    Optional<Person> findByUsername(String username);

    @Query("""
            select p from Person p where :pattern is null
               or lower(p.fullName) like :pattern escape '!' or lower(p.localName) like :pattern escape '!'
               or lower(p.email) like :pattern escape '!'
            order by p.fullName""")
    List<Person> search(String pattern);
}
