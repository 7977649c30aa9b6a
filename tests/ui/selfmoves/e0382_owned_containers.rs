// std methods taking `self`: no clone help for types that are not `Clone`
// (`JoinHandle`, `Mutex`); `Cell<String>` would be `Clone` if `String` were `Copy`.
use std::cell::Cell;
use std::sync::Mutex;
use std::thread;

fn main() {
    let worker = thread::spawn(|| 6 * 7);
    let first = worker.join().unwrap();
    let again = worker.join().unwrap();
    println!("{first} {again}");

    let log = Mutex::new(vec![String::from("start")]);
    let lines = log.into_inner().unwrap();
    println!("{} {:?}", lines.len(), log.lock().unwrap().len());

    let label = Cell::new(String::from("draft"));
    let text = label.into_inner();
    println!("{text} {}", label.into_inner());
}
