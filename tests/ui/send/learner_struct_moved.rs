use std::thread;

struct Task {
    id: u32,
    label: String,
}

fn main() {
    let t = Task { id: 7, label: String::from("build") };
    let h = thread::spawn(move || {
        let task = t;
        format!("{}:{}", task.id, task.label)
    });
    println!("{}", h.join().unwrap());
}
