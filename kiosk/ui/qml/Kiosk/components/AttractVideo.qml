import QtQuick
import QtMultimedia
import Kiosk.Bridge

// The staff video of the attract loop (setting attract.media, loaded once by
// the kiosk before it gets here): one file played over and over, filling the
// screen (cropped, never letterboxed), muted unless staff turned its sound on
// (setting attract.sound: it is an exhibit hall). An error while it plays
// hands the screen back to the designed loop: App.attractVideoFailed logs it
// and clears the video, and the Loader that made this item lets it go.
// Loaded only while the loop shows, so Qt Multimedia is never loaded for a
// kiosk without a video and nothing decodes while a visitor uses the kiosk.
Item {
    id: root
    objectName: "attractVideo"
    // For the tests and the loop: playing, and how far (ms).
    readonly property int playbackState: player.playbackState
    readonly property int position: player.position
    // A frame is on screen: the loop's pictures beneath can stop drawing.
    readonly property bool muted: player.audioOutput === null
    readonly property bool showing: player.playbackState === MediaPlayer.PlayingState && player.position > 0

    MediaPlayer {
        id: player
        source: App.attractVideo
        loops: MediaPlayer.Infinite
        videoOutput: output
        onErrorOccurred: (error, errorString) => App.attractVideoFailed(errorString)
        onMediaStatusChanged: {
            if (player.mediaStatus === MediaPlayer.InvalidMedia)
                App.attractVideoFailed(player.errorString)
        }
    }
    // No audio output at all while muted: nothing opens the sound device or
    // decodes the sound. Made when the loop starts (sound is a setting).
    Component {
        id: soundOutput
        AudioOutput {}
    }
    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
    }
    Component.onCompleted: {
        if (App.attractSound)
            player.audioOutput = soundOutput.createObject(root)
        player.play()
    }
}
