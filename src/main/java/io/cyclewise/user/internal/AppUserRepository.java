package io.cyclewise.user.internal;

import java.util.List;
import java.util.Optional;

import io.cyclewise.user.Role;
import io.cyclewise.user.account.AppUser;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	List<AppUser> findAllByOrderByDisplayNameAsc();

	@Query("select distinct u from AppUser u join u.roles r where r = :role and u.enabled = true order by u.displayName")
	List<AppUser> findEnabledByRole(Role role);
}
