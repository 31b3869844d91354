package org.greenborder.academy.demo;

import org.springframework.data.jpa.repository.JpaRepository;

interface DataSeedRepository extends JpaRepository<DataSeed, String> {
}
