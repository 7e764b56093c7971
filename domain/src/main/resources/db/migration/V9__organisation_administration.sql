-- Administration of the organisation by the 系统管理员: an organisation is deactivated rather than deleted once it has
-- tables or users (its history stays readable); the responsible section of a department is looked up by department
-- (the routing of the fiscal review reads it, see cn.perftarget.workflow.routing).
ALTER TABLE organisation ADD COLUMN deactivated boolean NOT NULL DEFAULT false;
CREATE INDEX section_department_department ON section_department (department_id, section_id);
