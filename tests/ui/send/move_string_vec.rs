use std::thread;

fn main() {
    let name = String::from("ferris");
    let nums = vec![1, 2, 3];
    let h = thread::spawn(move || {
        let total: i32 = nums.iter().sum();
        format!("{} {}", name, total)
    });
    println!("{}", h.join().unwrap());
}
