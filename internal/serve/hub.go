package serve

import "sync"

// hub fans reload events out to the open pages. One goroutine owns the set
// of clients; a client too slow to take an event is dropped rather than
// allowed to hold the others up (its page reconnects by itself).
type hub struct {
	register   chan *client
	unregister chan *client
	broadcast  chan event
	done       chan struct{}
	closeOnce  sync.Once
}

type client struct {
	events chan event
}

// event is one Server-Sent Event. A reload event also keeps what it was
// made of, so that each page's stream can add that page's new HTML.
type event struct {
	name   string
	data   string
	change *change
	files  map[string][]byte
}

func newHub() *hub {
	h := &hub{
		register:   make(chan *client),
		unregister: make(chan *client),
		broadcast:  make(chan event, 16),
		done:       make(chan struct{}),
	}
	go h.run()
	return h
}

func (h *hub) run() {
	clients := map[*client]bool{}
	for {
		select {
		case c := <-h.register:
			clients[c] = true
		case c := <-h.unregister:
			if clients[c] {
				delete(clients, c)
				close(c.events)
			}
		case e := <-h.broadcast:
			for c := range clients {
				select {
				case c.events <- e:
				default:
					delete(clients, c)
					close(c.events)
				}
			}
		case <-h.done:
			for c := range clients {
				close(c.events)
			}
			return
		}
	}
}

// join adds a client; its events channel is closed when it leaves, is
// dropped, or the hub closes.
func (h *hub) join() *client {
	c := &client{events: make(chan event, 8)}
	select {
	case h.register <- c:
	case <-h.done:
		close(c.events)
	}
	return c
}

func (h *hub) leave(c *client) {
	select {
	case h.unregister <- c:
	case <-h.done:
	}
}

func (h *hub) send(e event) {
	select {
	case h.broadcast <- e:
	case <-h.done:
	}
}

// close ends every client's stream.
func (h *hub) close() { h.closeOnce.Do(func() { close(h.done) }) }
