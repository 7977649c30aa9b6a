// Or-patterns across struct-like and tuple variants binding the same names.
enum Event {
    Click { x: i32, y: i32 },
    Touch(i32, i32),
    Key(char),
}

fn place(e: Event) {
    match e {
        Event::Click { x, y } | Event::Touch(x, y) => println!("at {x},{y}"),
        Event::Key(c) => println!("key {c}"),
    }
}

fn main() {
    place(Event::Click { x: 1, y: 2 });
    place(Event::Touch(5, 6));
    place(Event::Key('q'));
}
