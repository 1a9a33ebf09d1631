-- Whether a family may book two children's conversations at the same time (two parents
-- attending, one at each table). Off by default: the picker keeps siblings apart.
ALTER TABLE round ADD COLUMN siblings_parallel INTEGER NOT NULL DEFAULT 0;
