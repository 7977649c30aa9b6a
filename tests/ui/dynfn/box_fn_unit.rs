// Closures taking nothing and returning nothing, boxed.
fn run_all(tasks: Vec<Box<dyn Fn()>>) {
    for t in tasks {
        t();
    }
}

fn main() {
    let who = String::from("world");
    run_all(vec![
        Box::new(|| println!("one")),
        Box::new(move || println!("hello {}", who)),
    ]);
}
