// `for` takes an array by value: a non-Copy array is moved into the loop.
#[derive(Debug)]
struct Task {
    done: bool,
}

fn main() {
    let tasks = [Task { done: false }, Task { done: true }];
    for t in tasks {
        println!("{}", t.done);
    }
    println!("{:?}", tasks);
}
