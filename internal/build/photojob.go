package build

import (
	"io/fs"
	"path"
	"strings"
	"time"

	"vinhdanh/internal/content"
	"vinhdanh/internal/images"
	"vinhdanh/internal/parallel"
)

// photoState is what a Session knows of its photos between builds: the
// variants made (or the error) for each source file, which a build takes
// without reading the file again, so that a save costs no photo work for
// photos it did not touch; and, with Options.PhotosLater, the photos whose
// copies are still to be made, which a PhotoJob makes.
//
// Its maps are read by a build's workers and written only by the Session's
// own methods, between builds.
type photoState struct {
	later bool // Options.PhotosLater
	// known holds the outcome for each source path the build read; a
	// change to the file removes it (forget).
	known map[string]photoOutcome
	// version counts the changes of each source path, and epoch the
	// changes of the settings (site.yaml, the theme): a job's outcome for
	// a file changed since it started is dropped.
	version map[string]uint64
	epoch   uint64
	// pending are the last build's photos left for later; running, those
	// a job is making, with their version when it started.
	pending []*content.Resource
	running map[string]uint64
}

// photoOutcome is the images stage's result for one source file.
type photoOutcome struct {
	result *images.Result
	err    error
}

func newPhotoState(later bool) *photoState {
	return &photoState{later: later, known: map[string]photoOutcome{}, version: map[string]uint64{}, running: map[string]uint64{}}
}

// outcome returns what is known of the source file at p.
func (s *photoState) outcome(p string) (photoOutcome, bool) {
	o, ok := s.known[p]
	return o, ok
}

// update records a build's outcomes (files[i] gave results[i] or errs[i],
// was left for later, or could not be read, which is tried again next
// time) and the photos pending.
func (s *photoState) update(files []*content.Resource, results []*images.Result, errs []error, later, unread []bool) {
	for i, res := range files {
		switch {
		case later[i]:
			if v, ok := s.running[res.Source]; !ok || v != s.version[res.Source] {
				s.pending = append(s.pending, res)
			}
		case !unread[i]:
			s.known[res.Source] = photoOutcome{results[i], errs[i]}
		}
	}
}

// forget drops what is known of the source file at p, which changed, or
// of the files under it when it is a folder.
func (s *photoState) forget(p string) {
	for src := range s.known {
		if src == p || strings.HasPrefix(src, p+"/") {
			delete(s.known, src)
		}
	}
	for src := range s.running {
		if src == p || strings.HasPrefix(src, p+"/") {
			s.version[src]++
		}
	}
	s.version[p]++
}

// reset drops everything known: the settings changed. A job under way
// is forgotten too (its outcome will not be taken), so that the next
// build leaves its photos for later again.
func (s *photoState) reset() {
	clear(s.known)
	clear(s.running)
	s.pending = nil
	s.epoch++
}

// A PhotoJob makes the copies of the photos a Session's build left for
// later (Options.PhotosLater). It holds what it needs, so it can run while
// the session builds again.
type PhotoJob struct {
	fsys    fs.FS
	proc    *images.Processor
	photos  []*content.Resource
	version []uint64
	epoch   uint64
}

// PhotoJob returns the job of making the copies the last build left for
// later, or nil when there are none (or a job is making them from the
// same file).
func (s *Session) PhotoJob() *PhotoJob {
	st := s.photos
	if st == nil || len(st.pending) == 0 || s.procs == nil || s.procs.p == nil {
		return nil
	}
	j := &PhotoJob{fsys: s.fsys, proc: s.procs.p, photos: st.pending, epoch: st.epoch}
	for _, res := range st.pending {
		v := st.version[res.Source]
		j.version = append(j.version, v)
		st.running[res.Source] = v
	}
	st.pending = nil
	return j
}

// Photos returns how many photos the job makes.
func (j *PhotoJob) Photos() int { return len(j.photos) }

// PhotosMade is a finished PhotoJob's outcome, for Session.AddPhotos.
type PhotosMade struct {
	job      *PhotoJob
	outcomes []photoOutcome
	unread   []bool
	Duration time.Duration
}

// Photos returns how many photos the job made.
func (m *PhotosMade) Photos() int { return len(m.job.photos) }

// Run makes the copies, one photo after another on each processor, and
// keeps them in the cache as a build does.
func (j *PhotoJob) Run() *PhotosMade {
	start := time.Now()
	made := &PhotosMade{job: j, outcomes: make([]photoOutcome, len(j.photos)), unread: make([]bool, len(j.photos))}
	_ = parallel.For(len(j.photos), parallel.PerCPU(1), func(i int) error {
		res := j.photos[i]
		src, err := fs.ReadFile(j.fsys, res.Source)
		if err != nil {
			made.unread[i] = true
			return nil
		}
		base := path.Base(res.Path)
		made.outcomes[i].result, made.outcomes[i].err = j.proc.Variants(src, strings.TrimSuffix(base, path.Ext(base)))
		return nil
	})
	made.Duration = time.Since(start)
	return made
}

// AddPhotos takes in a finished job's copies, and reports whether the site
// should be built again (with Build and no changed file) to show them: it
// is not when every photo of the job changed or the settings did since it
// started; those are made again.
func (s *Session) AddPhotos(m *PhotosMade) bool {
	st := s.photos
	if st == nil {
		return false
	}
	added := false
	for i, res := range m.job.photos {
		if v, ok := st.running[res.Source]; ok && v == m.job.version[i] {
			delete(st.running, res.Source)
		}
		if m.job.epoch != st.epoch || m.job.version[i] != st.version[res.Source] {
			continue // saved again since: a later job makes it
		}
		if m.unread[i] {
			continue // the next build reads it, and says why it cannot
		}
		st.known[res.Source] = m.outcomes[i]
		added = true
	}
	return added
}
