use std::thread;

fn main() {
    let owned = String::from("later");
    let mut label = "first";
    label = &owned;
    let h = thread::spawn(move || {
        println!("{}", label);
    });
    h.join().unwrap();
}
