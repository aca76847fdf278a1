package io.cyclewise.user.internal;

import java.util.Set;

import io.cyclewise.shared.NotFoundException;
import io.cyclewise.user.Role;
import io.cyclewise.user.UserAccessChanged;
import io.cyclewise.user.UserCreated;
import io.cyclewise.user.UserDirectory;
import io.cyclewise.user.account.AppUser;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators add people and set their roles. The URL space /admin/** is ADMIN-only (see security). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final AppUserRepository users;
	private final UserDirectory directory;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final NewUserValidator newUserValidator;

	UserAdminController(AppUserRepository users, UserDirectory directory, ApplicationEventPublisher events,
			MessageSource messages, NewUserValidator newUserValidator) {
		this.users = users;
		this.directory = directory;
		this.events = events;
		this.messages = messages;
		this.newUserValidator = newUserValidator;
	}

	@InitBinder("newUser")
	void checkNewUsers(WebDataBinder binder) {
		binder.addValidators(newUserValidator);
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", directory.all());
		if (!model.containsAttribute("newUser")) {
			model.addAttribute("newUser", new NewUserForm());
		}
		return "user/list";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("newUser") NewUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("users", directory.all());
			return "user/list";
		}
		AppUser added = directory.register(form.getUsername(), form.getDisplayName(), form.getPassword(), form.getRoles());
		events.publishEvent(new UserCreated(added.getUsername(), added.getRoles()));
		redirect.addFlashAttribute("message", messages.getMessage("user.added", new Object[] { form.getUsername().trim() },
				LocaleContextHolder.getLocale()));
		return "redirect:/admin/users";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		AppUser user = find(id);
		UserRolesForm form = new UserRolesForm();
		form.setRoles(user.getRoles());
		form.setEnabled(user.isEnabled());
		form.setEmail(user.getEmail());
		form.setVersion(user.getVersion());
		model.addAttribute("user", user);
		model.addAttribute("rolesForm", form);
		return "user/edit";
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("rolesForm") UserRolesForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AppUser user = find(id);
		if (!result.hasErrors() && form.getVersion() != user.getVersion()) {
			result.reject("user.edit.stale", new Object[] { user.getRoles().toString(),
					new DefaultMessageSourceResolvable(user.isEnabled() ? "user.enabled" : "user.disabled") }, null);
			form.setVersion(user.getVersion());
		}
		boolean staysAdministrator = form.getRoles().contains(Role.ADMIN) && form.isEnabled();
		if (!result.hasErrors() && user.isEnabled() && user.hasRole(Role.ADMIN) && !staysAdministrator
				&& users.findEnabledByRole(Role.ADMIN).size() <= 1) {
			result.reject("user.edit.lastAdministrator");
		}
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			return "user/edit";
		}
		Set<Role> rolesBefore = user.getRoles();
		boolean enabledBefore = user.isEnabled();
		user.setRoles(form.getRoles());
		user.setEnabled(form.isEnabled());
		user.setEmail(form.getEmail());
		if (!rolesBefore.equals(form.getRoles()) || enabledBefore != form.isEnabled()) {
			// Sessions opened with the old rights end when this commits (security module).
			events.publishEvent(new UserAccessChanged(user.getUsername()));
		}
		redirect.addFlashAttribute("message", messages.getMessage("user.edit.saved", new Object[] { user.getUsername() },
				LocaleContextHolder.getLocale()));
		return "redirect:/admin/users";
	}

	private AppUser find(long id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("user.notFound", id));
	}
}
