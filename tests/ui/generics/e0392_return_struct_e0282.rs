struct Handle<T> {
    slot: usize,
}

fn first() -> Handle<String> {
    Handle { slot: 0 }
}

fn main() {
    println!("{}", first().slot);
}
