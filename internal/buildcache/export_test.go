package buildcache

// SetBuilder makes the running program identify itself as id, as another
// build of site would, until the returned function restores it.
func SetBuilder(id string) (restore func()) {
	old := builder
	builder = func() (string, error) { return id, nil }
	return func() { builder = old }
}
