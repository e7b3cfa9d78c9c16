-- Roles for docker-compose: the owner runs migrations and owns the tables; the application role does not,
-- so PostgreSQL's row-level security policies apply to every query the server sends.
CREATE ROLE playbooks_owner LOGIN PASSWORD 'playbooks_owner' CREATEDB;
CREATE ROLE playbooks_app LOGIN PASSWORD 'playbooks_app';
CREATE DATABASE playbooks OWNER playbooks_owner;
