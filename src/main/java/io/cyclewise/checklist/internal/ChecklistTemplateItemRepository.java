package io.cyclewise.checklist.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistTemplateItemRepository extends JpaRepository<ChecklistTemplateItem, Long> {

	List<ChecklistTemplateItem> findByTemplateIdOrderByPositionAsc(Long templateId);

	List<ChecklistTemplateItem> findByTemplateIdInOrderByPositionAsc(Collection<Long> templateIds);

	@Query("select item from ChecklistTemplateItem item, ChecklistTemplate template "
			+ "where item.templateId = template.id and template.current = true order by template.kind, item.position")
	List<ChecklistTemplateItem> findCurrent();
}
